/**
 * Capabilities of the unit's side of the province link (issue 19): receive the province's plan (from its server
 * or a .tinhgon file), build this unit's submission package for one plan, and send it (HTTP, retried until
 * acknowledged) or save it for USB / e-mail. Handlers: electron/backend/submission. The province's own server
 * has its own contract (province.ts).
 */
import { z } from 'zod';
import { Delivery } from './reports';
import { Id, Ok, nfc } from './common';
import { method } from './define';
import { SubmissionAck } from './province';

const Server = {
  serverUrl: nfc(300).pipe(z.string().trim().min(1)),
  user: nfc(60).pipe(z.string().trim().min(1)),
  password: z.string().min(1).max(200),
};

export const ReceivedPlan = z.object({
  campaignId: z.number().int(),
  created: z.boolean(),
  title: z.string(),
  items: z.number().int(),
  addedProcedures: z.number().int(),
});
export type ReceivedPlan = z.infer<typeof ReceivedPlan>;

export const SentRecord = z.object({
  at: z.string(),
  contentHash: z.string(),
  version: z.number().int().nullable(),
  outcome: z.enum(['stored', 'duplicate', 'unchanged', 'saved-file']),
});

export const SubmissionState = z.object({
  serverUrl: z.string(),
  user: z.string(),
  campaigns: z.array(
    z.object({
      campaignId: z.number().int(),
      title: z.string(),
      year: z.number().int(),
      planKey: z.string().nullable(),
      planVersion: z.number().int().nullable(),
      receivedAt: z.string().nullable(),
      items: z.number().int(),
      sent: z.array(SentRecord),
    }),
  ),
});
export type SubmissionState = z.infer<typeof SubmissionState>;

export const submissionContract = {
  /** The unit's campaigns with their province link and what was sent; the server address last used. */
  'submission.state': method(z.object({ unitId: Id }).strict(), SubmissionState),
  /** Logs in with the unit's account and receives every plan the province assigned to it. */
  'submission.receiveFromServer': method(z.object(Server).strict(), z.array(ReceivedPlan), { mutates: true }),
  /** A plan package the province sent as a file. */
  'submission.receiveFile': method(
    z.object({ fileName: nfc(260), dataBase64: z.string().max(96 * 1024 * 1024) }).strict(),
    ReceivedPlan,
    { mutates: true },
  ),
  /** Builds the package and hands it to the user (save dialog or download) for USB / e-mail. */
  'submission.saveFile': method(
    z.object({ campaignId: Id }).strict(),
    z.object({ fileName: z.string(), contentHash: z.string(), delivery: Delivery }),
    { mutates: true },
  ),
  /** Builds the package and uploads it, retrying for up to a minute; the server's acknowledgement. */
  'submission.send': method(z.object({ campaignId: Id, ...Server }).strict(), SubmissionAck, {
    mutates: true,
  }),
  'submission.forgetServer': method(z.object({}).strict(), Ok, { mutates: true }),
};
