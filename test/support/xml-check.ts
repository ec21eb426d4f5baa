/**
 * A tiny XML reader for tests: checks that a document is well-formed (one root, balanced tags,
 * quoted attributes, only the five predefined entities or character references) and returns the tree.
 * Written with plain string scanning so it does not share the exporter's assumptions.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '<') throw new Error(`raw "<" in text at ${i}`);
    if (c !== '&') {
      out += c;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new Error(`unterminated entity at ${i}`);
    const name = raw.slice(i + 1, end);
    if (name.startsWith('#x')) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    else if (name in entities) out += entities[name];
    else throw new Error(`unknown entity &${name};`);
    i = end;
  }
  return out;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && !' \t\r\n/>="\''.includes(c);
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  if (source.startsWith('<?xml')) i = source.indexOf('?>') + 2;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? source.length : lt;
    const text = decode(source.slice(i, textEnd));
    const top = stack[stack.length - 1]!;
    if (stack.length === 1 && text.trim() !== '') throw new Error('text outside the root element');
    top.text += text;
    if (lt < 0) break;
    if (source[lt + 1] === '/') {
      const gt = source.indexOf('>', lt);
      const name = source.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      i = gt + 1;
      continue;
    }
    let j = lt + 1;
    let name = '';
    while (isNameChar(source[j])) name += source[j++];
    if (!name) throw new Error(`empty tag name at ${lt}`);
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      while (' \t\r\n'.includes(source[j] ?? 'x')) j++;
      if (source[j] === '/' && source[j + 1] === '>') {
        j += 2;
        top.children.push(element);
        break;
      }
      if (source[j] === '>') {
        j += 1;
        top.children.push(element);
        stack.push(element);
        break;
      }
      let attribute = '';
      while (isNameChar(source[j])) attribute += source[j++];
      if (!attribute || source[j] !== '=' || source[j + 1] !== '"')
        throw new Error(`bad attribute in <${name}>`);
      const close = source.indexOf('"', j + 2);
      if (attribute in element.attributes) throw new Error(`duplicate attribute ${attribute}`);
      element.attributes[attribute] = decode(source.slice(j + 2, close));
      j = close + 1;
    }
    i = j;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (root.children.length !== 1) throw new Error('a document has exactly one root element');
  return root.children[0]!;
}

/** The first element at a path of names below `from`. */
export function find(from: XmlElement, ...path: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = from;
  for (const name of path) current = current?.children.find((c) => c.name === name);
  return current;
}
