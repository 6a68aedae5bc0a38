// Picking a German or Polish text as a file (the submit form, the alignment form): a file input that
// reads the file (lib/textFile.ts) and hands over its text and format, or says why it cannot be used
// (announced) and empties itself; and the select of the format a text is in.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readTextFile, textFileProblem } from '../lib/textFile';

export type TextFormat = 'text' | 'markdown';

const ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';

interface TextFileInputProps {
  label: ReactNode;
  /** Said below the input (and read with it). */
  hint?: { id: string; text: string };
  testId: string;
  errorTestId?: string;
  onRead(file: { text: string; format: TextFormat; name: string }): void;
}

export function TextFileInput({ label, hint, testId, errorTestId, onRead }: TextFileInputProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    const result = await readTextFile(file);
    if (!result.ok) {
      const [key, values] = textFileProblem(result.reason, file.name);
      setError(t(key, values));
      input.value = '';
      return;
    }
    onRead({ text: result.text, format: result.format, name: file.name });
  };

  return (
    <>
      <label className="file-label">
        {label}
        <input type="file" accept={ACCEPT} onChange={(e) => void read(e.target)} data-testid={testId} aria-describedby={hint?.id} />
        {hint && (
          <span id={hint.id} className="field-hint">
            {hint.text}
          </span>
        )}
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      )}
    </>
  );
}

export function FormatSelect({ label, value, onChange, testId }: { label: string; value: TextFormat; onChange(format: TextFormat): void; testId: string }) {
  const { t } = useTranslation('submit');
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as TextFormat)} data-testid={testId}>
        <option value="text">{t('formats.text')}</option>
        <option value="markdown">{t('formats.markdown')}</option>
      </select>
    </label>
  );
}
