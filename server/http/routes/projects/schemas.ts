import { z } from 'zod';
import { PROJECT_ROLES } from '../../../commands/projectMemberAdder';
import { PROJECT_NAME_MAX_LENGTH } from '../../../commands/projectCreator';
import { FORMALITIES } from '../../../domain/types';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });

export const projectSettingsBody = z.strictObject({
  formality: z.enum(FORMALITIES).optional(),
  allowSelfApproval: z.boolean().optional(),
});

/** Languages are free strings here: the command answers `unsupported_language_pair` for anything but de→pl. */
export const createProjectBody = z.strictObject({
  name: z.string().trim().min(1).max(PROJECT_NAME_MAX_LENGTH),
  sourceLang: z.string().min(1).max(20),
  targetLang: z.string().min(1).max(20),
  settings: projectSettingsBody.optional(),
});

export const addMemberBody = z.strictObject({
  userId: z.string().min(1).max(200),
  roles: z.array(z.enum(PROJECT_ROLES)).min(1).max(PROJECT_ROLES.length),
});
