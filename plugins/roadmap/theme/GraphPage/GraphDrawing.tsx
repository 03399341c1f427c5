import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import type ForceGraph from 'force-graph';
import type {GraphPageData} from '../../model/graphPage';
import styles from './styles.module.css';

interface DrawnNode {
  i: number;
  kind: number;
  degree: number;
  title: string;
  x?: number;
  y?: number;
}
interface DrawnLink {
  source: number | DrawnNode;
  target: number | DrawnNode;
}
type Drawing = ForceGraph<DrawnNode, DrawnLink>;

export interface GraphDrawingProps {
  graph: GraphPageData;
  /** The nodes a search found, highlighted and zoomed to; null when nothing is searched. */
  highlighted: ReadonlySet<number> | null;
  /** Opens a node's page. */
  onOpen: (index: number) => void;
}

/** What the page's CSS says the drawing's colours are, read again when the colour mode changes. */
interface Palette {
  kinds: string[];
  edge: string;
  label: string;
  halo: string;
}

function readPalette(element: HTMLElement, graph: GraphPageData): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    kinds: graph.kinds.map(({kind}) => read(`--graph-${kind}`) || read('--ifm-color-primary')),
    edge: read('--graph-edge'),
    label: read('--ifm-font-color-base'),
    halo: read('--ifm-background-color') || read('--ifm-background-surface-color'),
  };
}

const radius = (node: DrawnNode) => 3 + Math.sqrt(node.degree) * 1.5;

/**
 * The map itself: force-graph draws on a canvas, loaded by a dynamic import
 * when the page is in the browser, so that neither the server render nor any
 * other page carries the library. The container's `data-state` says
 * `loading`, then `settled` once the layout has stopped and been drawn (the
 * browser test and the scale benchmark wait for it; a performance mark
 * `graph-settled` times it).
 */
export default function GraphDrawing({graph, highlighted, onOpen}: GraphDrawingProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const drawing = useRef<Drawing | null>(null);
  const palette = useRef<Palette | null>(null);
  const state = useRef({highlighted, hovered: null as DrawnNode | null, reduced: false});
  const open = useRef(onOpen);
  open.current = onOpen;
  const [settled, setSettled] = useState(false);
  const [failed, setFailed] = useState(false);
  const [hovered, setHovered] = useState<DrawnNode | null>(null);
  const {colorMode} = useColorMode();

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    performance.mark('graph-start');
    import('force-graph')
      .then(({default: ForceGraphClass}) => {
        if (cancelled) return;
        const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        state.current.reduced = reduced;
        palette.current = readPalette(element, graph);
        const nodes: DrawnNode[] = graph.nodes.map((node, i) => ({
          i,
          kind: node.kind,
          degree: node.degree,
          title: node.title,
        }));
        const links: DrawnLink[] = graph.edges.map(([source, target]) => ({source, target}));
        let stopped = false;
        const instance: Drawing = new ForceGraphClass<DrawnNode, DrawnLink>(element)
          .width(element.clientWidth)
          .height(element.clientHeight)
          .nodeId('i')
          .enableNodeDrag(false)
          .nodeLabel(() => '')
          // The layout cools in about 140 ticks and stops there (force-graph's own floor is 0: it
          // would run until cooldownTime).
          .d3AlphaDecay(0.05)
          .d3AlphaMin(0.001)
          .linkColor(() => palette.current?.edge ?? '#999')
          .linkWidth(0.6)
          .nodeCanvasObject((node, context, scale) => drawNode(node, context, scale))
          .nodePointerAreaPaint((node, colour, context, scale) => {
            context.fillStyle = colour;
            context.beginPath();
            // At least 6 screen pixels round, so a small dot can be hit.
            context.arc(node.x ?? 0, node.y ?? 0, Math.max(radius(node), 6 / scale), 0, 2 * Math.PI);
            context.fill();
          })
          .onNodeHover((node) => {
            state.current.hovered = node;
            setHovered(node);
          })
          .onNodeClick((node) => open.current(node.i))
          .onEngineStop(() => {
            if (stopped) return;
            stopped = true;
            instance.zoomToFit(reduced ? 0 : 400, 24);
            requestAnimationFrame(() => {
              performance.mark('graph-settled');
              setSettled(true);
            });
          });
        // With reduced motion the layout runs the same way, a tick a frame so that the page stays
        // responsive at 2,000 pages, but the canvas stays hidden until it has settled: the reader
        // sees one still picture (styles.laying).
        instance.cooldownTime(15000);
        instance.graphData({nodes, links});
        drawing.current = instance;
        observer = new ResizeObserver(() => instance.width(element.clientWidth).height(element.clientHeight));
        observer.observe(element);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      drawing.current?._destructor();
      drawing.current = null;
    };
  }, [graph]);

  function drawNode(node: DrawnNode, context: CanvasRenderingContext2D, scale: number): void {
    const colours = palette.current;
    if (!colours) return;
    const {highlighted: found, hovered: pointed} = state.current;
    const x = node.x ?? 0;
    const y = node.y ?? 0;
    // Never smaller than 3 screen pixels, however far the reader zooms out.
    const r = Math.max(radius(node), 3 / scale);
    const hit = found?.has(node.i) ?? false;
    context.globalAlpha = found && !hit ? 0.18 : 1;
    context.fillStyle = colours.kinds[node.kind] ?? colours.edge;
    context.beginPath();
    context.arc(x, y, r, 0, 2 * Math.PI);
    context.fill();
    context.globalAlpha = 1;
    if (hit || pointed === node) {
      context.lineWidth = 2 / scale;
      context.strokeStyle = colours.label;
      context.stroke();
      const size = 13 / scale;
      context.font = `${size}px system-ui, sans-serif`;
      context.textAlign = 'center';
      context.textBaseline = 'top';
      context.lineWidth = 3 / scale;
      context.strokeStyle = colours.halo;
      context.strokeText(node.title, x, y + r + 2 / scale);
      context.fillStyle = colours.label;
      context.fillText(node.title, x, y + r + 2 / scale);
    }
  }

  // A search: redraw with the found nodes lit, and frame them (all nodes again once cleared).
  useEffect(() => {
    state.current.highlighted = highlighted;
    const instance = drawing.current;
    if (!instance || !settled) return;
    instance.nodeCanvasObject((node, context, scale) => drawNode(node, context, scale));
    const duration = state.current.reduced ? 0 : 400;
    if (highlighted && highlighted.size > 0) instance.zoomToFit(duration, 48, (node) => highlighted.has(node.i));
    else instance.zoomToFit(duration, 24);
    // drawNode reads its state from refs; only a new search redraws.
  }, [highlighted, settled]);

  // The colour mode: read the palette again and redraw.
  useEffect(() => {
    const element = box.current;
    const instance = drawing.current;
    if (!element || !instance) return;
    palette.current = readPalette(element, graph);
    instance.nodeCanvasObject((node, context, scale) => drawNode(node, context, scale));
  }, [colorMode, graph, settled]);

  return (
    <figure className={styles.figure}>
      <div
        ref={box}
        className={settled || failed ? styles.drawing : `${styles.drawing} ${styles.laying}`}
        data-state={failed ? 'failed' : settled ? 'settled' : 'loading'}
        role="img"
        aria-label={`A map of ${graph.nodes.length} pages and ${graph.edges.length} links between them; the list below holds the same pages and links.`}
      />
      <figcaption className={styles.caption}>
        {failed
          ? 'The map could not be drawn here; the list below holds every page and link.'
          : hovered
            ? `${hovered.title} (${graph.kinds[hovered.kind]?.label.one ?? ''}): click to open`
            : settled
              ? 'Point at a dot to see its title, click it to open the page; scroll or pinch to zoom, drag to move.'
              : 'Drawing the map…'}
      </figcaption>
    </figure>
  );
}
