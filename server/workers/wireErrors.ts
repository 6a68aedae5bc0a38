// Errors crossing a thread: a worker posts what it threw as plain data, the main thread rebuilds it.
// A domain error comes back as an instance of the nearest class this file knows (the exact one for
// every error the heavy tasks throw), with its code, message, params, details and own fields, so the
// HTTP error handler answers exactly as it would had the work run inline. Anything else comes back
// as a plain Error with the worker's message and stack (a 500, as before).
import { Conflict, DomainError, Forbidden, InvalidInput, NotFound, Unavailable } from '../domain/errors';
import { GlossaryFileError } from '../domain/glossary/fileErrors';
import { InvalidGlossaryTerm } from '../domain/glossary/types';
import { TmxError } from '../domain/formats/tmx/types';
import { XliffError } from '../domain/formats/xliff/errors';

type ErrorClass = abstract new (...args: never[]) => Error;

/** Most specific first: the first class an error is an instance of names it on the wire. */
const KNOWN: readonly [string, ErrorClass][] = [
  ['GlossaryFileError', GlossaryFileError],
  ['InvalidGlossaryTerm', InvalidGlossaryTerm],
  ['TmxError', TmxError],
  ['XliffError', XliffError],
  ['NotFound', NotFound],
  ['InvalidInput', InvalidInput],
  ['Forbidden', Forbidden],
  ['Conflict', Conflict],
  ['Unavailable', Unavailable],
  ['DomainError', DomainError],
];

export interface WireError {
  /** The class it is rebuilt as, or null for an error that is not a domain error. */
  kind: string | null;
  name: string;
  message: string;
  stack?: string;
  /** Own fields (code, params, details, line …), as structured clone can copy them. */
  fields: Record<string, unknown>;
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { kind: null, name: 'Error', message: String(error), fields: {} };
  const known = KNOWN.find(([, cls]) => error instanceof cls);
  const fields: Record<string, unknown> = {};
  if (known) {
    for (const [key, value] of Object.entries(error)) {
      try {
        structuredClone(value);
        fields[key] = value;
      } catch {
        // a field that cannot cross (a function, a socket) stays behind
      }
    }
  }
  return { kind: known ? known[0] : null, name: error.name, message: error.message, stack: error.stack, fields };
}

export function fromWireError(wire: WireError): Error {
  const cls = KNOWN.find(([name]) => name === wire.kind)?.[1];
  const error: Error = cls ? Object.assign(Object.create(cls.prototype) as Error, wire.fields) : new Error(wire.message);
  Object.defineProperty(error, 'message', { value: wire.message, writable: true, configurable: true });
  Object.defineProperty(error, 'name', { value: wire.name, writable: true, configurable: true });
  if (wire.stack !== undefined) Object.defineProperty(error, 'stack', { value: wire.stack, writable: true, configurable: true });
  return error;
}
