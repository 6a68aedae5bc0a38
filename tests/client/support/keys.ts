// Key events as the workspace's keyboard rules read them (lib/shortcuts.ts KeyDescription).
import type { KeyDescription } from '../../../client/src/lib/shortcuts';

/** A key press: the key it types, the physical key, and the modifiers held. */
export const press = (key: string, code: string, modifiers: Partial<KeyDescription> = {}): KeyDescription => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
