import { z } from 'zod';
import { PROJECT_ROLES } from '../../../commands/projects/addMember';
import { PROJECT_NAME_MAX_LENGTH } from '../../../commands/projects/create';
import { MEMBER_CANDIDATES_MAX } from '../../../commands/projects/memberCandidates';
import { TM_MATCH_STATES, TM_THRESHOLD_MIN } from '../../../commands/tm/settings';
import { QA_CHECK_IDS } from '../../../domain/qa/registry';
import { QA_SEVERITIES, type QaSeverity } from '../../../domain/qa/types';
import { FORMALITIES } from '../../../domain/projects/types';
import { LQA_NUMBER_MAX } from '../../../domain/quality/settings';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });

const qaCheckId = z.enum(QA_CHECK_IDS as [string, ...string[]]);

/**
 * `{ disabled?: [checkId], enabled?: [checkId], severity?: { checkId: error|warning|info } }` (`enabled`:
 * checks that are off by default and switched on): an unknown check id is 400 invalid_input.
 */
export const qaSettingsBody = z.strictObject({
  disabled: z.array(qaCheckId).max(QA_CHECK_IDS.length * 2).optional(),
  enabled: z.array(qaCheckId).max(QA_CHECK_IDS.length * 2).optional(),
  severity: z
    .partialRecord(qaCheckId, z.enum(QA_SEVERITIES as [QaSeverity, ...QaSeverity[]]))
    .transform((severity) => Object.fromEntries(Object.entries(severity).filter(([, value]) => value !== undefined)) as Record<string, QaSeverity>)
    .optional(),
});

/** Translation memory: any of `{ shareMemory, threshold (50–100), exactState, inContextState }`; the rest is kept. */
export const tmSettingsBody = z.strictObject({
  shareMemory: z.boolean().optional(),
  threshold: z.number().int().min(TM_THRESHOLD_MIN).max(100).optional(),
  exactState: z.enum(TM_MATCH_STATES).optional(),
  inContextState: z.enum(TM_MATCH_STATES).optional(),
});

/** A weight or threshold: finite, from 0 (zod refuses NaN and ±Infinity). */
const lqaNumber = z.number().min(0).max(LQA_NUMBER_MAX);

/** LQA: any of `{ typology, disabledCategories, weights: { neutral, minor, major, critical }, threshold }`; the rest is kept. */
export const lqaSettingsBody = z.strictObject({
  typology: z.string().min(1).max(100).optional(),
  disabledCategories: z.array(z.string().min(1).max(200)).max(200).optional(),
  weights: z.strictObject({ neutral: lqaNumber.optional(), minor: lqaNumber.optional(), major: lqaNumber.optional(), critical: lqaNumber.optional() }).optional(),
  threshold: lqaNumber.optional(),
});

export const projectSettingsBody = z.strictObject({
  formality: z.enum(FORMALITIES).optional(),
  allowSelfApproval: z.boolean().optional(),
  allowEditOutsideAssignment: z.boolean().optional(),
  qa: qaSettingsBody.optional(),
  tm: tmSettingsBody.optional(),
  lqa: lqaSettingsBody.optional(),
});

/** Languages are free strings here: the command answers `unsupported_language_pair` for anything but de→pl. */
export const createProjectBody = z.strictObject({
  name: z.string().trim().min(1).max(PROJECT_NAME_MAX_LENGTH),
  sourceLang: z.string().min(1).max(20),
  targetLang: z.string().min(1).max(20),
  settings: projectSettingsBody.optional(),
});

/** `?q=` part of a name or e-mail; `limit` at most MEMBER_CANDIDATES_MAX. */
export const memberCandidatesQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(MEMBER_CANDIDATES_MAX).optional(),
});

export const addMemberBody = z.strictObject({
  userId: z.string().min(1).max(200),
  roles: z.array(z.enum(PROJECT_ROLES)).min(1).max(PROJECT_ROLES.length),
});

// A project's sentence rules (./segmentation.ts).
export const readQuery = z.strictObject({ format: z.enum(['json', 'srx']).optional() });

const words = z.array(z.string().min(1).max(100)).max(5_000);
const languageRules = z.strictObject({
  abbreviations: z.record(z.string().min(1).max(50), z.enum(['never_ends', 'may_end', 'before_number'])).optional(),
  abbreviationSuffixes: words.optional(),
  sentenceStarters: words.optional(),
  nounsCapitalised: z.boolean().optional(),
  months: words.optional(),
  ordinalContext: words.optional(),
  ordinalJoiners: words.optional(),
  ordinalDigits: z.strictObject({ afterContext: z.number().int().min(0).max(9), alone: z.number().int().min(0).max(9) }).optional(),
  exceptions: z
    .array(z.strictObject({ break: z.boolean(), before: z.string().max(500), after: z.string().max(500) }))
    .max(1_000)
    .optional(),
});

export const rulesBody = z.strictObject({
  rules: z.strictObject({ de: languageRules.optional(), pl: languageRules.optional() }),
});

/** SRX as the raw body (application/xml …) or as JSON `{ content }`. */
export const importBody = z.union([z.string().min(1), z.strictObject({ content: z.string().min(1) })]);
