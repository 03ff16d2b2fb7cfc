/**
 * A fiscal device (a cash register that reports receipts to the tax authority, e.g. a Russian ККТ under Federal
 * Law No. 54-FZ). None is connected by default: the application then says on every invoice and credit note that
 * it is not a fiscal document, and the workshop issues the fiscal receipt on its own register. A driver for a real
 * device implements this interface and is passed to the backend; nothing else changes.
 */
export interface FiscalDevice {
  /** False for the default: no device, the document is not fiscal. */
  readonly connected: boolean;
  /** The device's name as printed on the document. */
  readonly name: string;
  /** Registers a receipt (positive) or a refund (negative) in minor units; answers the device's fiscal sign. */
  register(receipt: { number: string; amount: number; tax: number; at: Date }): Promise<{ fiscalSign: string }>;
}

/** The documented default: no fiscal device. Registering through it is a mistake in the caller and is refused. */
export const NO_FISCAL_DEVICE: FiscalDevice = {
  connected: false,
  name: 'none',
  register: () => Promise.reject(new Error('No fiscal device is connected.')),
};
