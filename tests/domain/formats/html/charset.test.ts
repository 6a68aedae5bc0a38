import iconv from 'iconv-lite';
import { decodeHtml, encodeHtml } from '../../../../server/domain/formats/html';

const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('html charset: decodeHtml', () => {
  test.each([
    ['UTF-8 by default', ascii('<p>Text</p>'), 'utf-8'],
    ['a UTF-8 byte order mark over a declaration', Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('<meta charset="windows-1250">')]), 'utf-8'],
    ['a UTF-16LE byte order mark', Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0]), 'utf-16le'],
    ['a UTF-16BE byte order mark', Uint8Array.from([0xfe, 0xff, 0, 0x3c, 0, 0x70, 0, 0x3e]), 'utf-16be'],
    ['<meta charset>', ascii('<!DOCTYPE html><meta charset="Windows-1250"><p>x</p>'), 'windows-1250'],
    ['<meta charset> unquoted', ascii('<meta charset=iso-8859-2>'), 'iso-8859-2'],
    ['http-equiv content-type', ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'), 'iso-8859-2'],
    ['a quoted charset in content', ascii(`<meta http-equiv=content-type content="text/html;charset='koi8-r'">`), 'koi8-r'],
    ['the label "iso-8859-1", which means windows-1252', ascii('<meta charset="iso-8859-1">'), 'windows-1252'],
    ['a declared UTF-16, which means UTF-8', ascii('<meta charset="utf-16">'), 'utf-8'],
    ['x-user-defined, which means windows-1252', ascii('<meta charset="x-user-defined">'), 'windows-1252'],
    ['a declaration inside a comment: ignored', ascii('<!-- <meta charset="windows-1250"> --><p>x</p>'), 'utf-8'],
    ['a declaration after the first 1024 bytes: ignored', ascii(`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1250">`), 'utf-8'],
    ['the first of two declarations', ascii('<meta charset="iso-8859-2"><meta charset="windows-1250">'), 'iso-8859-2'],
  ])('finds %s', (_name, bytes, charset) => {
    expect(decodeHtml(bytes).charset).toBe(charset);
  });

  it('reads windows-1250 with Polish and German characters', () => {
    const text = '<meta charset="windows-1250"><p>Zażółć gęślą jaźń – Grüße „aus“ Görlitz, 5 €</p>';
    expect(decodeHtml(iconv.encode(text, 'windows-1250'))).toEqual({ text, charset: 'windows-1250' });
  });

  it('reads windows-1252 typography (Node 20\'s TextDecoder would give control characters)', () => {
    expect(decodeHtml(Uint8Array.from([...ascii('<meta charset="latin1">'), 0x84, 0x93, 0x96, 0x80])).text).toBe('<meta charset="latin1">„“–€');
  });

  it('keeps a byte order mark in the text', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e])).text).toBe('\uFEFF<p>');
  });

  test.each([
    ['a charset Nysa cannot write back', ascii('<meta charset="shift_jis">'), 'html_charset_unsupported'],
    ['a label that names no charset', ascii('<meta charset="klingon">'), 'html_charset_unsupported'],
    ['bytes that are not UTF-8', Uint8Array.from([0x3c, 0x70, 0x3e, 0xc3, 0x28]), 'html_undecodable'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(() => decodeHtml(bytes)).toThrow(expect.objectContaining({ code }));
  });
});

describe('html charset: encodeHtml', () => {
  it('writes characters the charset lacks as numeric references', () => {
    expect(Buffer.from(encodeHtml('Grüße – część 😀', 'windows-1252')).toString('latin1')).toBe('Gr\xfc\xdfe \x96 cz&#281;&#347;&#263; &#128512;');
    expect(encodeHtml('Część „x“', 'iso-8859-2')).toEqual(Uint8Array.from([...iconv.encode('Część ', 'iso-8859-2'), ...ascii('&#8222;x&#8220;')]));
  });

  it('writes UTF-8 and UTF-16 with the byte order mark the text holds', () => {
    expect(encodeHtml('\uFEFFą', 'utf-8')).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc4, 0x85]));
    expect(encodeHtml('\uFEFFą', 'utf-16le')).toEqual(Uint8Array.from([0xff, 0xfe, 0x05, 0x01]));
    expect(encodeHtml('\uFEFFą', 'UTF-16BE')).toEqual(Uint8Array.from([0xfe, 0xff, 0x01, 0x05]));
  });

  it('drops a byte order mark where the charset has none', () => {
    expect(encodeHtml('\uFEFF<p>ż</p>', 'windows-1250')).toEqual(Uint8Array.from([...ascii('<p>'), 0xbf, ...ascii('</p>')]));
  });

  test.each(['windows-1250', 'iso-8859-2', 'windows-1252', 'iso-8859-15', 'koi8-r'])('gives every byte of %s back', (charset) => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const declared = Uint8Array.from([...ascii(`<meta charset="${charset}">`), ...all]);
    const { text } = decodeHtml(declared);
    expect(encodeHtml(text, charset)).toEqual(declared);
  });

  it('refuses a charset it cannot write', () => {
    expect(() => encodeHtml('x', 'gbk')).toThrow(expect.objectContaining({ code: 'html_charset_unsupported' }));
  });
});
