// projects: settings and members are embedded; members are found through 'members.userId'.
import { Schema } from 'mongoose';
import {
  FORMALITIES,
  type Formality,
  type Project,
  type ProjectQaSettings,
  type ProjectTmSettings,
} from '../../../domain/projects/types';
import { ROLES, type Role } from '../../../domain/users/types';
import { type LanguageCode } from '../../../domain/common';
import { type ProjectSegmentationRules } from '../../../domain/segmentation/types';
import { LQA_SEVERITIES, type ProjectLqaSettings } from '../../../domain/quality/types';
import { collectionOptions, embeddedOptions, fromDate, integer, toDate } from './common';

export const LANGUAGE_CODES = ['de', 'pl'] as const satisfies readonly LanguageCode[];

export interface ProjectDoc {
  _id: string;
  name: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  settings: {
    formality: Formality;
    allowSelfApproval: boolean;
    allowEditOutsideAssignment?: boolean;
    qa?: ProjectQaSettings;
    tm?: ProjectTmSettings;
    /** JSON text; a plain object in projects stored before 2026-12 (read either way). */
    segmentation?: string | ProjectSegmentationRules;
    lqa?: ProjectLqaSettings;
  };
  members: { userId: string; roles: Role[] }[];
  createdBy: string;
  createdAt: Date;
}

// QA settings: `severity` maps check ids to severities (a plain object; the command validates the ids).
const qaSettingsSchema = new Schema<ProjectQaSettings>(
  {
    disabled: { type: [String], default: () => [] },
    enabled: { type: [String], default: undefined },
    severity: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  embeddedOptions,
);

// Translation-memory settings: stored whole once set (commands/tm/settings.ts has the defaults).
const TM_MATCH_STATES = ['translated', 'approved'] as const;
const tmSettingsSchema = new Schema<ProjectTmSettings>(
  {
    shareMemory: { type: Boolean, required: true },
    threshold: { type: Number, required: true, min: 50, max: 100, validate: integer },
    exactState: { type: String, required: true, enum: TM_MATCH_STATES },
    inContextState: { type: String, required: true, enum: TM_MATCH_STATES },
  },
  embeddedOptions,
);

// LQA settings: stored whole once set (domain/quality/typology.ts has the defaults; the command validates).
const lqaWeightsSchema = new Schema<ProjectLqaSettings['weights']>(
  Object.fromEntries(LQA_SEVERITIES.map((severity) => [severity, { type: Number, required: true, min: 0 }])),
  embeddedOptions,
);
const lqaSettingsSchema = new Schema<ProjectLqaSettings>(
  {
    typology: { type: String, required: true },
    disabledCategories: { type: [String], default: () => [] },
    weights: { type: lqaWeightsSchema, required: true },
    threshold: { type: Number, required: true, min: 0 },
  },
  embeddedOptions,
);

const lqaSettingsCopy = (lqa: ProjectLqaSettings | null | undefined): { lqa?: ProjectLqaSettings } =>
  lqa ? { lqa: { typology: lqa.typology, disabledCategories: [...(lqa.disabledCategories ?? [])], weights: { ...lqa.weights }, threshold: lqa.threshold } } : {};

const settingsSchema = new Schema<ProjectDoc['settings']>(
  {
    formality: { type: String, required: true, enum: FORMALITIES },
    allowSelfApproval: { type: Boolean, required: true },
    allowEditOutsideAssignment: { type: Boolean, required: false },
    qa: { type: qaSettingsSchema, required: false },
    tm: { type: tmSettingsSchema, required: false },
    // Sentence rules a project adds (abbreviations, exceptions), validated by the command, stored as JSON
    // text: their keys are the user's abbreviations ("z.B.", "Vorh."), and a BSON field name cannot hold
    // NUL, and MongoDB treats "." as a path and a leading "$" as an operator. Nothing queries inside them.
    segmentation: { type: Schema.Types.Mixed, required: false },
    lqa: { type: lqaSettingsSchema, required: false },
  },
  embeddedOptions,
);

const tmSettingsCopy = (tm: ProjectTmSettings | null | undefined): { tm?: ProjectTmSettings } =>
  tm ? { tm: { shareMemory: tm.shareMemory, threshold: tm.threshold, exactState: tm.exactState, inContextState: tm.inContextState } } : {};

const storedSegmentation = (rules: ProjectSegmentationRules | null | undefined): { segmentation?: string } =>
  rules ? { segmentation: JSON.stringify(rules) } : {};

const readSegmentation = (stored: string | ProjectSegmentationRules | null | undefined): { segmentation?: ProjectSegmentationRules } =>
  stored ? { segmentation: JSON.parse(typeof stored === 'string' ? stored : JSON.stringify(stored)) as ProjectSegmentationRules } : {};

const qaSettingsCopy = (qa: ProjectQaSettings | null | undefined): { qa?: ProjectQaSettings } =>
  qa ? { qa: { disabled: [...(qa.disabled ?? [])], ...(qa.enabled ? { enabled: [...qa.enabled] } : {}), severity: { ...(qa.severity ?? {}) } } } : {};

const outsideAssignmentCopy = (allowed: boolean | null | undefined): { allowEditOutsideAssignment?: boolean } =>
  typeof allowed === 'boolean' ? { allowEditOutsideAssignment: allowed } : {};

const memberSchema = new Schema<ProjectDoc['members'][number]>(
  {
    userId: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], required: true },
  },
  embeddedOptions,
);

export const projectSchema = new Schema<ProjectDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    sourceLang: { type: String, required: true, enum: LANGUAGE_CODES },
    targetLang: { type: String, required: true, enum: LANGUAGE_CODES },
    settings: { type: settingsSchema, required: true },
    members: { type: [memberSchema], required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('projects'),
);
projectSchema.index({ 'members.userId': 1 });

export const toProjectDoc = (project: Project): ProjectDoc => ({
  _id: project.id,
  name: project.name,
  sourceLang: project.sourceLang,
  targetLang: project.targetLang,
  settings: {
    formality: project.settings.formality,
    allowSelfApproval: project.settings.allowSelfApproval,
    ...outsideAssignmentCopy(project.settings.allowEditOutsideAssignment),
    ...qaSettingsCopy(project.settings.qa),
    ...tmSettingsCopy(project.settings.tm),
    ...storedSegmentation(project.settings.segmentation),
    ...lqaSettingsCopy(project.settings.lqa),
  },
  members: project.members.map((member) => ({ userId: member.userId, roles: [...member.roles] })),
  createdBy: project.createdBy,
  createdAt: toDate(project.createdAt),
});

export const fromProjectDoc = (doc: ProjectDoc): Project => ({
  id: doc._id,
  name: doc.name,
  sourceLang: doc.sourceLang,
  targetLang: doc.targetLang,
  settings: {
    formality: doc.settings.formality,
    allowSelfApproval: doc.settings.allowSelfApproval,
    ...outsideAssignmentCopy(doc.settings.allowEditOutsideAssignment),
    ...qaSettingsCopy(doc.settings.qa),
    ...tmSettingsCopy(doc.settings.tm),
    ...readSegmentation(doc.settings.segmentation),
    ...lqaSettingsCopy(doc.settings.lqa),
  },
  members: doc.members.map((member) => ({ userId: member.userId, roles: [...member.roles] })),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
});
