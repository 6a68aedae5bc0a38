// A project's LQA settings: defaults, and how a coordinator's change merges into them. The route's schema
// refuses bad input first; these checks hold for every other caller (scripts, imports) as well.
import { InvalidInput } from '../errors';
import { DEFAULT_LQA_SETTINGS, LQA_TYPOLOGIES } from './typology';
import { LQA_SEVERITIES, type LqaWeights, type ProjectLqaSettings } from './types';

export interface LqaSettingsPatch {
  typology?: string;
  disabledCategories?: string[];
  /** Any of the four weights; the others are kept. */
  weights?: Partial<LqaWeights>;
  threshold?: number;
}

/** The largest weight or threshold accepted: beyond any real use, and far from float trouble. */
export const LQA_NUMBER_MAX = 1_000_000;

const acceptable = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= LQA_NUMBER_MAX;

export const lqaSettingsOf = (settings: { lqa?: ProjectLqaSettings }): ProjectLqaSettings => settings.lqa ?? DEFAULT_LQA_SETTINGS;

/** `base` (or the defaults) with the patch applied; throws InvalidInput `invalid_lqa_settings` naming every bad field. */
export function mergeLqaSettings(base: ProjectLqaSettings | undefined, patch: LqaSettingsPatch | undefined): ProjectLqaSettings | undefined {
  if (!patch) return base;
  const current = base ?? DEFAULT_LQA_SETTINGS;
  const typologyId = patch.typology ?? current.typology;
  const typology = LQA_TYPOLOGIES[typologyId];
  const issues: { path: string; message: string }[] = [];
  if (!typology) issues.push({ path: 'lqa.typology', message: `unknown typology ${typologyId}` });
  const disabled = [...new Set(patch.disabledCategories ?? (patch.typology === undefined ? current.disabledCategories : []))];
  for (const id of disabled) {
    if (typology && !typology.categories.some((category) => category.id === id)) issues.push({ path: 'lqa.disabledCategories', message: `unknown category ${id}` });
  }
  const weights = { ...current.weights, ...patch.weights };
  for (const severity of LQA_SEVERITIES) {
    if (!acceptable(weights[severity])) issues.push({ path: `lqa.weights.${severity}`, message: 'must be a finite number from 0' });
  }
  const threshold = patch.threshold ?? current.threshold;
  if (!acceptable(threshold)) issues.push({ path: 'lqa.threshold', message: 'must be a finite number from 0' });
  if (issues.length > 0) throw new InvalidInput(`invalid LQA settings: ${issues.map((issue) => issue.path).join(', ')}`, { issues }, 'invalid_lqa_settings');
  return { typology: typologyId, disabledCategories: disabled, weights, threshold };
}
