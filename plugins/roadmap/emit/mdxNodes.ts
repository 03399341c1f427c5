import type {Expression} from 'estree';
import {valueToEstree} from 'estree-util-value-to-estree';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';

/**
 * The MDX nodes the site's remark plugins add to a page (the paper card, a
 * docs page's card or list): an import, and an element whose props are
 * expressions. A `.md` file's parser makes neither, so these are the site's
 * own, and the sanitizer keeps them (safeContent/sanitizeContent.ts).
 */

/** `import local from 'source'`: the page's bundle, and only its, carries the module. */
export function mdxImport(local: string, source: string): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: local}}],
            source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
            attributes: [],
          },
        ],
      },
    },
  };
}

/** A prop's value: an identifier in the page's scope (an import), or plain data written as a literal. */
export type MdxProp = {identifier: string} | {data: unknown};

/** `<Name prop={…} />` with each prop as an expression, as a block. */
export function mdxElement(name: string, props: Record<string, MdxProp>): MdxJsxFlowElement {
  const {attributes} = mdxTextElement(name, props);
  return {type: 'mdxJsxFlowElement', name, attributes, children: []};
}

/** The same element inside a paragraph (a citation). */
export function mdxTextElement(name: string, props: Record<string, MdxProp>): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(props).map(([prop, value]) => {
      const expression: Expression =
        'identifier' in value ? {type: 'Identifier', name: value.identifier} : valueToEstree(value.data);
      return {
        type: 'mdxJsxAttribute',
        name: prop,
        value: {
          type: 'mdxJsxAttributeValueExpression',
          // The text is for tools that print MDX back; the compiler reads the estree.
          value: 'identifier' in value ? value.identifier : JSON.stringify(value.data),
          data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]}},
        },
      };
    }),
    children: [],
  };
}
