import { describe, expect, it } from 'vitest';
import { detectDocumentType, matchesDeclaredType, zipEntryNames } from './document-type.js';

/** A stored ZIP built by hand: local headers, central directory, end record. */
function zip(names: string[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (into: number[], v: number) => into.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (into: number[], v: number) => {
    u16(into, v & 0xffff);
    u16(into, (v >>> 16) & 0xffff);
  };
  for (const name of names) {
    const offset = parts.length;
    const bytes = [...new TextEncoder().encode(name)];
    u32(parts, 0x04034b50);
    for (let i = 0; i < 22; i++) parts.push(0);
    u16(parts, bytes.length);
    u16(parts, 0);
    parts.push(...bytes);
    u32(central, 0x02014b50);
    for (let i = 0; i < 24; i++) central.push(0);
    u16(central, bytes.length);
    for (let i = 0; i < 12; i++) central.push(0);
    u32(central, offset);
    central.push(...bytes);
  }
  const start = parts.length;
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, names.length);
  u16(end, names.length);
  u32(end, central.length);
  u32(end, start);
  u16(end, 0);
  return new Uint8Array([...parts, ...central, ...end]);
}

const pdf = new TextEncoder().encode('%PDF-1.7\n...');
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('detectDocumentType', () => {
  it('knows a PDF by %PDF- and a DOCX by its word/document.xml entry', () => {
    expect(detectDocumentType(pdf)).toBe('pdf');
    expect(detectDocumentType(zip(['[Content_Types].xml', 'word/document.xml']))).toBe('docx');
    expect(zipEntryNames(zip(['a.txt', 'b/c.xml']))).toEqual(['a.txt', 'b/c.xml']);
  });

  it('refuses look-alikes', () => {
    expect(detectDocumentType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(detectDocumentType(zip(['xl/workbook.xml']))).toBeNull();
    expect(detectDocumentType(zip(['word/document.xml.bak']))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
    expect(detectDocumentType(new Uint8Array())).toBeNull();
  });

  it('compares with the declared type', () => {
    expect(matchesDeclaredType(pdf, 'application/pdf')).toBe(true);
    expect(matchesDeclaredType(pdf, docxType)).toBe(false);
    expect(matchesDeclaredType(zip(['word/document.xml']), docxType)).toBe(true);
    expect(matchesDeclaredType(zip(['word/document.xml']), 'application/pdf')).toBe(false);
  });
});
