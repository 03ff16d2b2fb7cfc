import type { ProfileId } from './profiles.js';

/** The acts whose content a consumer rule prescribes (document kinds). */
export type PrescribedAct = 'intake_act' | 'completion_act';

/** One thing an act must state, in the domain's words; the acts print each of them (docs/required-content.md). */
export type RequiredItem =
  /** The performer's name and address (the letterhead). */
  | 'performer'
  /** The performer's telephone (the letterhead). */
  | 'performerPhone'
  /** The performer's state registration and tax numbers, labelled as the profile names them. */
  | 'registration'
  /** The kind of service: what the customer demands (repair, replacement, …). */
  | 'service'
  /** The item: kind, brand and model, serial number or IMEI. */
  | 'item'
  /** Its description: appearance, completeness and accessories. */
  | 'itemDescription'
  /** The defect the customer states. */
  | 'statedDefect'
  /** The price, how it will be set, or that the repair is free under warranty. */
  | 'price'
  /** What the customer paid in advance, when anything. */
  | 'prepayment'
  /** The date of acceptance and the date by which the work is to be done. */
  | 'acceptanceAndCompletionDates'
  /** The warranty on the work. */
  | 'workWarranty'
  /** Who accepted the item: name and position. */
  | 'receivedBy'
  /** The signatures of the customer and of the workshop. */
  | 'signatures'
  /** The customer: name, phone and address. */
  | 'customer'
  /** The seller and the purchase document of an item repaired under warranty. */
  | 'purchase'
  /** The completion act's dates: the demand, the hand-over, the repair, the return. */
  | 'demandDate'
  | 'handOverDate'
  | 'repairDate'
  | 'returnDate'
  /** The defects found and the work done to remove them. */
  | 'defectsRemoved'
  /** The parts replaced. */
  | 'partsReplaced';

export interface RequiredContent {
  /** The rule that prescribes the items, in English. */
  source: string;
  /** False where the paragraph could not be checked against the law's text. */
  confirmed: boolean;
  items: RequiredItem[];
}

const RU_DECREE_1514 =
  'RF Government Decree No. 1514 of 21.09.2020, Rules for consumer services, p. 15 (the contract for a service: a receipt or another document)';
const RU_ART_20_3 = 'RF Law No. 2300-1 "On Protection of Consumer Rights" Art. 20 p. 3 (written information on returning goods repaired under warranty)';
const IL_REGS = 'Israel, Consumer Protection Regulations (Warranty and After-Sales Service), 5766-2006';
const EU_CRD = 'Directive 2011/83/EU Art. 5(1) (information before a contract other than a distance or off-premises contract)';
const UK_CCR =
  'UK Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 reg. 9 and Schedule 1 (information before an on-premises contract)';

/** What the EU's and the UK's pre-contract information asks for, which the intake act states. */
const PRE_CONTRACT: RequiredItem[] = ['service', 'item', 'performer', 'performerPhone', 'price', 'acceptanceAndCompletionDates', 'workWarranty'];

/**
 * What each profile's consumer rules ask an act to state. A profile without an entry for an act has no rule that
 * prescribes its content (none found); the acts print the union of the items anyway.
 */
export const REQUIRED_CONTENT: Record<ProfileId, Partial<Record<PrescribedAct, RequiredContent>>> = {
  ru: {
    // Items а (performer, registration), б (service), в (price), г (the item and its description), д (advance paid),
    // е (dates of acceptance and completion), ж (warranty on the work), и (position and signature of the one who
    // accepted, the consumer's signature); з (other data the service needs): the customer and the purchase.
    intake_act: {
      source: RU_DECREE_1514,
      confirmed: false,
      items: [
        'performer',
        'registration',
        'service',
        'price',
        'item',
        'itemDescription',
        'statedDefect',
        'prepayment',
        'acceptanceAndCompletionDates',
        'workWarranty',
        'receivedBy',
        'signatures',
        'customer',
        'purchase',
      ],
    },
    completion_act: { source: RU_ART_20_3, confirmed: true, items: ['demandDate', 'handOverDate', 'repairDate', 'defectsRemoved', 'partsReplaced', 'returnDate'] },
  },
  il: {
    // A written confirmation of the item's delivery for repair, with its date and the item and fault described.
    intake_act: { source: `${IL_REGS} (confirmation of delivery for repair)`, confirmed: false, items: ['performer', 'item', 'statedDefect', 'acceptanceAndCompletionDates'] },
    completion_act: { source: `${IL_REGS} reg. 2 (a written confirmation describing the repair and the parts replaced)`, confirmed: true, items: ['defectsRemoved', 'partsReplaced'] },
  },
  eu: { intake_act: { source: EU_CRD, confirmed: true, items: PRE_CONTRACT } },
  uk: { intake_act: { source: UK_CCR, confirmed: true, items: PRE_CONTRACT } },
  custom: {},
};
