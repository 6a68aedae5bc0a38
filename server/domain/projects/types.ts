// Projects, their members and settings. Plain data: no methods, no driver types. Both stores return
// exactly these.
import type { LanguageCode, Timestamp } from '../common';
import type { ProjectLqaSettings } from '../quality/types';
import type { ProjectSegmentationRules } from '../segmentation/types';
import type { Role } from '../users/types';

/** DeepL's formality setting, passed through unchanged. */
export const FORMALITIES = ['default', 'more', 'less', 'prefer_more', 'prefer_less'] as const;
export type Formality = (typeof FORMALITIES)[number];

export interface ProjectSettings {
  formality: Formality;
  /** May a reviewer approve a segment they translated themselves? Default no. */
  allowSelfApproval: boolean;
  /**
   * May translators edit and confirm segments assigned to someone else (commands/assignments)? Absent
   * means no: an assigned range is its translator's (and reviewer's) alone.
   */
  allowEditOutsideAssignment?: boolean;
  /** QA checks switched off and severities replacing a check's default; absent means every check with its default. */
  qa?: ProjectQaSettings;
  /** Translation memory: sharing, match threshold and the states TM matches fill; absent means the defaults (commands/tm/settings.ts). */
  tm?: ProjectTmSettings;
  /** Sentence rules this project adds to the built-in ones (abbreviations, exceptions); absent means none. */
  segmentation?: ProjectSegmentationRules;
  /** LQA typology, categories switched off, severity weights and pass threshold; absent means MQM Core with its defaults (domain/quality/typology.ts). */
  lqa?: ProjectLqaSettings;
}

/** How a project uses the organisation's translation memory. */
export interface ProjectTmSettings {
  /** Default true: this project's units are visible to every other sharing project, and it sees theirs. */
  shareMemory: boolean;
  /** Lowest fuzzy score (50–100) proposed or listed; default 75. */
  threshold: number;
  /** The state an exact (100) match fills a segment in at submission; default translated. */
  exactState: 'translated' | 'approved';
  /** The state an in-context exact (101) match fills a segment in; default translated. */
  inContextState: 'translated' | 'approved';
}

/** A project's QA settings: check ids (domain/qa/registry QA_CHECK_IDS) and their severities. */
export interface ProjectQaSettings {
  disabled: string[];
  /** Checks that are off by default (QaCheck.defaultEnabled false) and this project switched on. */
  enabled?: string[];
  severity: Record<string, 'error' | 'warning' | 'info'>;
}

export interface ProjectMember {
  userId: string;
  roles: Role[];
}

export interface Project {
  id: string;
  name: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  settings: ProjectSettings;
  members: ProjectMember[];
  createdBy: string;
  createdAt: Timestamp;
}
