// d3-flame-graph ships no types: the part of its chart API the dashboard uses.
declare module 'd3-flame-graph' {
  /** delta: a node's own change, for differential flame graphs (computeDelta sums it up the tree). */
  export type FlameNode = { name: string; value: number; children: FlameNode[]; delta?: number };
  type ColorMapper = (d: unknown, originalColor: string) => string;
  export const colorMapper: { differentialColorMapper: ColorMapper };
  export interface FlameGraph {
    (selection: unknown): void;
    width(w: number): FlameGraph;
    cellHeight(h: number): FlameGraph;
    minFrameSize(px: number): FlameGraph;
    transitionDuration(ms: number): FlameGraph;
    sort(on: boolean): FlameGraph;
    title(t: string): FlameGraph;
    selfValue(on: boolean): FlameGraph;
    label(fn: (d: { data: FlameNode; value: number }) => string): FlameGraph;
    computeDelta(on: boolean): FlameGraph;
    setColorMapper(mapper: ColorMapper): FlameGraph;
    destroy(): FlameGraph;
  }
  export default function flamegraph(): FlameGraph;
}
