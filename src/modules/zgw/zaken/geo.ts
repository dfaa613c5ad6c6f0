/**
 * zaak__zoek with zaakgeometrie.within: is a zaak's geometry within a (Multi)Polygon? Without a
 * spatial extension in the database: every vertex of the geometry must lie inside the polygon
 * (ray casting, holes respected) — exact for points, a close approximation for lines and areas.
 */
type Position = number[];

function points(geometry: unknown): Position[] {
  const g = geometry as { type?: string; coordinates?: unknown; geometries?: unknown[] } | null;
  if (!g || typeof g !== 'object') return [];
  if (g.type === 'GeometryCollection') return (g.geometries ?? []).flatMap(points);
  const flat: Position[] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') flat.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(g.coordinates);
  return flat;
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if ((yi! > p[1]!) !== (yj! > p[1]!) && p[0]! < ((xj! - xi!) * (p[1]! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

function inPolygon(p: Position, polygon: Position[][]): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && inRing(p, outer) && !holes.some((h) => inRing(p, h));
}

function polygonsOf(within: unknown): Position[][][] {
  const w = within as { type: string; coordinates: unknown };
  return w.type === 'MultiPolygon' ? (w.coordinates as Position[][][]) : [w.coordinates as Position[][]];
}

export function withinGeometry(geometry: unknown, within: unknown): boolean {
  const ps = points(geometry);
  const polygons = polygonsOf(within);
  return ps.length > 0 && ps.every((p) => polygons.some((poly) => inPolygon(p, poly)));
}

/** [minX, minY, maxX, maxY] of the search area. */
export function bboxOf(within: unknown): [number, number, number, number] {
  const ps = polygonsOf(within).flat(2).filter((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number');
  if (!ps.length) return [0, 0, 0, 0];
  return [Math.min(...ps.map((p) => p[0]!)), Math.min(...ps.map((p) => p[1]!)), Math.max(...ps.map((p) => p[0]!)), Math.max(...ps.map((p) => p[1]!))];
}
