import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.js';
import type { ApiError } from '../../shared/platform/result.js';
import type { Customer } from '../../shared/customers/index.js';
import type { Device } from '../../shared/devices/index.js';
import type { WarrantyCard } from '../../shared/warranty/index.js';
import { api } from '../app/api/index.js';

type DeviceMatch = ChannelOutput<'devices.find'>[number];

interface IntakeState {
  customerMatches: Customer[];
  deviceMatches: DeviceMatch[];
  /** The units of the customer picked for intake, offered under the device fields. */
  customerUnits: Device[];
  /** The warranty check of the registered unit picked for intake. */
  deviceWarranty?: WarrantyCard['warranty'];
  error?: ApiError;
  submitting: boolean;
  searchCustomers(query: string): Promise<void>;
  findDevices(code: string): Promise<void>;
  loadCustomerUnits(customerId: string | undefined): Promise<void>;
  reset(): void;
  checkDevice(device: Device | undefined): Promise<void>;
  /** Take the device in; returns the new order's id, or undefined with `error` set. */
  submit(input: ChannelInput<'orders.create'>): Promise<string | undefined>;
}

/** The customer whose units were asked for last: an answer for another one comes too late and is dropped. */
let unitsOf: string | undefined;

export const useIntake = create<IntakeState>((set) => ({
  customerMatches: [],
  deviceMatches: [],
  customerUnits: [],
  submitting: false,

  async searchCustomers(query) {
    if (query.trim().length < 2) return set({ customerMatches: [] });
    const result = await api().call('customers.search', { query });
    set({ customerMatches: result.ok ? result.value : [] });
  },

  async findDevices(code) {
    if (code.trim().length < 3) return set({ deviceMatches: [] });
    const result = await api().call('devices.find', { code });
    set({ deviceMatches: result.ok ? result.value : [] });
  },

  async loadCustomerUnits(customerId) {
    unitsOf = customerId;
    if (!customerId) return set({ customerUnits: [] });
    const result = await api().call('customers.get', { id: customerId });
    if (unitsOf === customerId) set({ customerUnits: result.ok ? result.value.devices : [] });
  },

  reset() {
    unitsOf = undefined;
    set({ customerMatches: [], deviceMatches: [], customerUnits: [], deviceWarranty: undefined, error: undefined, submitting: false });
  },

  async checkDevice(device) {
    if (!device) return set({ deviceWarranty: undefined });
    const result = await api().call('warranty.check', { code: device.imei ?? device.serial ?? '' });
    set({ deviceWarranty: result.ok ? result.value.find((card) => card.device.id === device.id)?.warranty : undefined });
  },

  async submit(input) {
    set({ submitting: true, error: undefined });
    const result = await api().call('orders.create', input);
    if (!result.ok) {
      set({ error: result.error, submitting: false });
      return undefined;
    }
    set({ submitting: false, customerMatches: [], deviceMatches: [] });
    return result.value.order.id;
  },
}));
