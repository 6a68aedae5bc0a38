// An XLIFF file's bytes as text. CAT tools write UTF-8 (Trados with a byte order mark); the file is
// read as UTF-8 only, because a rebuilt file is written as UTF-8 again and must not keep a declaration
// naming another encoding.
import { sniffEncoding, XML_HEAD_BYTES } from '../../xml/encoding';
import { XliffError } from './errors';

const BOM = '\uFEFF';

/** The text of an XLIFF file (a string is taken as it is, without a byte order mark). Throws XliffError 'xliff_invalid'. */
export function xliffText(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.startsWith(BOM) ? content.slice(1) : content;
  const encoding = sniffEncoding(content.subarray(0, XML_HEAD_BYTES));
  if (encoding !== 'utf-8' && encoding !== 'utf8') {
    throw new XliffError('xliff_invalid', `the file is in ${encoding}: only UTF-8 XLIFF files are read`, 1, 1);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new XliffError('xliff_invalid', 'the file is not valid UTF-8', 1, 1);
  }
}
