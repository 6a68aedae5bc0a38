// The common-password list of the password policy: the first 1,000 entries of zxcvbn-ts's ranked
// list of passwords seen most often in leaks (@zxcvbn-ts/language-common, `passwords-common`,
// lower case, most common first). Loaded once, on first use.
import type { CommonPasswords } from '../../domain/users/passwordPolicy';

export const COMMON_PASSWORD_COUNT = 1000;
const PACKAGE = '@zxcvbn-ts/language-common';

interface LanguageCommon {
  dictionary: { 'passwords-common': readonly string[] };
}

/** Thrown when the package is not installed: the policy cannot be applied without its list. */
export class CommonPasswordListMissing extends Error {
  constructor(cause: unknown) {
    super(`the password policy needs the package ${PACKAGE} (npm install ${PACKAGE}): ${(cause as Error).message}`);
  }
}

function load(count: number): CommonPasswords {
  let module: LanguageCommon;
  try {
    // A plain require, so a missing package is this clear error rather than a failed start elsewhere.
    module = require(PACKAGE) as LanguageCommon;
  } catch (error) {
    throw new CommonPasswordListMissing(error);
  }
  const passwords = new Set(module.dictionary['passwords-common'].slice(0, count).map((password) => password.toLowerCase()));
  return { size: passwords.size, has: (password) => passwords.has(password) };
}

let cached: CommonPasswords | null = null;

/** The 1,000 most common passwords. */
export function commonPasswords(): CommonPasswords {
  return (cached ??= load(COMMON_PASSWORD_COUNT));
}
