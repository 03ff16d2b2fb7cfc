import { z } from 'zod';
import { IssuedDocument } from '../documents/index.js';
import {
  CalendarInput,
  CalendarOutput,
  ReminderCalledInput,
  RemindersInput,
  RemindersOutput,
  RouteSheetInput,
  VisitActInput,
  VisitCancelInput,
  VisitCard,
  VisitCloseInput,
  VisitGetInput,
  VisitListInput,
  VisitRescheduleInput,
  VisitSaveInput,
  VisitToOrderInput,
  VisitView,
} from './schemas.js';

/** The visits channels: every name starts with "visits.". */
export const visitsChannels = {
  'visits.calendar': {
    summary: "The calendar of a day or a week (up to 7 days from a date): every visit and counter appointment of the workshop or of one technician, the technicians, and each technician's conflicts (two visits at once, too little time to drive between them).",
    input: CalendarInput,
    output: CalendarOutput,
  },
  'visits.list': {
    summary: 'Visits newest first: of a customer, of a unit, of a contract, or in a state.',
    input: VisitListInput,
    output: z.array(VisitCard),
  },
  'visits.get': {
    summary: "One visit with its customer, units, technicians (and their vans), the orders it became, its contract, its conflicts and what the customer owes for its lines.",
    input: VisitGetInput,
    output: VisitView,
  },
  'visits.save': {
    summary: 'Book a visit or a counter appointment, or change a planned one: kind, customer, address, units (known or new), the requested and agreed windows, technicians, travel time. A technician booked twice at once needs confirmOverlap.',
    input: VisitSaveInput,
    output: VisitView,
  },
  'visits.reschedule': {
    summary: 'Move a planned visit to another time (its length kept unless an end is given) and optionally to other technicians: the calendar\'s drag and its keyboard equivalent. A clash needs confirmOverlap.',
    input: VisitRescheduleInput,
    output: VisitView,
  },
  'visits.close': {
    summary: "Close a visit on site: done (work and part lines; parts leave the technician's van or the workshop; checks and the installation day of an installation or commissioning, which sets the unit's installation date) or not done, with a note.",
    input: VisitCloseInput,
    output: VisitView,
  },
  'visits.toOrder': {
    summary: 'The unit goes to the workshop: a repair order for one of the visit\'s units, with the stated defect; the visit is closed as taken to the workshop.',
    input: VisitToOrderInput,
    output: VisitView,
  },
  'visits.cancel': {
    summary: 'Cancel a planned visit, with the reason.',
    input: VisitCancelInput,
    output: VisitView,
  },
  'visits.routeSheet': {
    summary: "The route sheet of a technician's day (PDF): the visits in order with their windows, addresses, phones, units and what to take. A changed day gives a new sheet.",
    input: RouteSheetInput,
    output: IssuedDocument,
  },
  'visits.act': {
    summary: 'The installation act or the commissioning act of a visit done (PDF): the units with their serials, the installation day, who installed them and the checks done.',
    input: VisitActInput,
    output: IssuedDocument,
  },
  'visits.reminders': {
    summary: "The visits of a day (tomorrow by default) to remind customers of: whether a message can reach them or they are to be phoned, and whether they were reminded.",
    input: RemindersInput,
    output: RemindersOutput,
  },
  'visits.reminders.send': {
    summary: 'Queue the reminders of a day through the notification outbox (once per visit and window); those a message cannot reach stay on the list to phone.',
    input: RemindersInput,
    output: RemindersOutput,
  },
  'visits.reminders.called': {
    summary: 'Record that the customer of a visit was reminded by phone.',
    input: ReminderCalledInput,
    output: RemindersOutput,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
