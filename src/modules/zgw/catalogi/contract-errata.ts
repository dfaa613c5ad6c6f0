/**
 * The official Catalogi 1.3.1 OpenAPI document with the corrections that make it describe what
 * the reference implementation (Open Zaak) answers and clients expect. Each one is a generator
 * error in the document; the tests validate every answer against this corrected document.
 *
 *  1. POST /informatieobjecttypen answers 201 (the document lists 200 for this create only).
 *  2. DELETE answers 204 without a body (the document lists 200 "Unspecified response body" for
 *     zaaktypen, informatieobjecttypen and besluittypen) and 400 when the object is not a concept
 *     (`non-concept-object` / `non-concept-zaaktype`; the document lists no 400 for DELETE).
 *  3. ZaakType.informatieobjecttypen and InformatieObjectType.zaaktypen are lists of URLs (the
 *     document says "string": a serializer method field without type).
 */
import { Contract, loadContract } from '../core/contract.js';

let corrected: Contract | undefined;

export function catalogiContract(): Contract {
  if (corrected) return corrected;
  const doc = structuredClone(loadContract('catalogi').document) as unknown as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, { properties: Record<string, unknown> }>; [k: string]: unknown };
  };
  const iotCreate = doc.paths['/informatieobjecttypen']!.post!.responses;
  iotCreate['201'] = iotCreate['200'];
  for (const [p, item] of Object.entries(doc.paths)) {
    const del = item.delete;
    if (!del) continue;
    del.responses['204'] = { description: 'No content' };
    del.responses['400'] = doc.paths[p]!.put?.responses['400'] ?? doc.paths['/zaaktypen/{uuid}']!.put!.responses['400'];
  }
  const urlList = { type: 'array', items: { type: 'string', format: 'uri' }, readOnly: true };
  doc.components.schemas.ZaakType!.properties.informatieobjecttypen = urlList;
  doc.components.schemas.InformatieObjectType!.properties.zaaktypen = urlList;
  corrected = new Contract('catalogi', doc as never);
  return corrected;
}
