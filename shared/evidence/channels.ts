import { IssuedDocument } from '../documents/index.js';
import { z } from 'zod';
import {
  ActSignature, OrderEvidence, OrderEvidenceInput, PhotoAddInput, PhotoContent, PhotoGetInput, PhotoView, SignInput, UnlockRevealed, UnlockRevealInput, UnlockSetInput, UnlockStatus,
} from './schemas.js';

/** The evidence channels (photos, signatures on screen, unlock codes): every name starts with "evidence.". */
export const evidenceChannels = {
  'evidence.forOrder': {
    summary: "An order's evidence: its photos (each with its thumbnail, stage, who and when), the signatures given on screen, and whether an unlock code is kept (never the code).",
    input: OrderEvidenceInput,
    output: OrderEvidence,
  },
  'evidence.photos.add': {
    summary: "Add a photo of the unit's condition (camera or file; a JPEG or PNG at most 2048 px and 3 MB, with its thumbnail), stored as files in the data folder with its checksum. A non-image (not_an_image), one too large (too_large), a name that is a path (fileName: unsafe_name) or a photo over the order's limit (too_many) is refused and nothing is stored.",
    input: PhotoAddInput,
    output: PhotoView,
  },
  'evidence.photos.content': {
    summary: 'One photo at full size (JPEG or PNG, base64), checked against its checksum.',
    input: PhotoGetInput,
    output: PhotoContent,
  },
  'evidence.sign': {
    summary: "The customer signs an act on screen (drawn strokes, or a typed name confirmed): the signature is kept with the act's version and the act is issued with it drawn in place of the blank line, \"signed on screen at <time>\". A version signed once is not signed again (already_signed); a corrected act is signed anew.",
    input: SignInput,
    output: z.object({ signature: ActSignature, document: IssuedDocument }),
  },
  'evidence.unlock.set': {
    summary: "Keep the unlock code of the customer's device (PIN, password or a 3×3 pattern as its dots, e.g. 1-5-9-6), sealed with AES-256-GCM under a key that is not in the data files; replaces the one kept. Refused once the order is handed back.",
    input: UnlockSetInput,
    output: UnlockStatus,
  },
  'evidence.unlock.reveal': {
    summary: 'Show the unlock code to a technician or a manager; every showing is recorded (who, when) and audited. Erased at hand-back (unlock_erased).',
    input: UnlockRevealInput,
    output: UnlockRevealed,
  },
} as const satisfies Record<string, { summary: string; input: z.ZodType; output: z.ZodType; public?: true }>;
