import Graph from 'graphology';
import Sigma from 'sigma';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Network } from './api.js';

/** Conflict (red) to cooperation (blue) by the mean PLOVER score, -10..10. */
function scoreColour(score: number): string {
  const t = Math.max(-1, Math.min(1, score / 5));
  return t >= 0 ? `rgb(${Math.round(200 - 150 * t)}, ${Math.round(200 - 80 * t)}, 230)` : `rgb(230, ${Math.round(200 + 150 * t)}, ${Math.round(200 + 150 * t)})`;
}

/** The actor network: nodes sized by events, edges weighted by events and coloured by conflict–cooperation. */
export function NetworkView({ network, onActor }: { network: Network; onActor: (id: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!box.current || network.nodes.length === 0) return;
    const graph = new Graph({ type: 'directed', multi: false });
    const nodes = [...network.nodes].sort((a, b) => (a.country ?? '~').localeCompare(b.country ?? '~') || b.events - a.events);
    const maxEvents = Math.max(...nodes.map((n) => n.events));
    // A circle ordered by country keeps a country's actors together; the busiest sit on an inner ring.
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      const r = n.events >= maxEvents / 3 ? 0.55 : 1;
      graph.addNode(String(n.id), { label: n.name, x: r * Math.cos(angle), y: r * Math.sin(angle), size: 3 + 12 * Math.sqrt(n.events / maxEvents), color: '#555' });
    });
    const maxEdge = Math.max(...network.edges.map((e) => e.events));
    for (const e of network.edges) {
      graph.addEdge(String(e.source), String(e.target), { size: 1 + 5 * (e.events / maxEdge), color: scoreColour(e.score), type: 'arrow' });
    }
    let sigma: Sigma | null = null;
    try {
      sigma = new Sigma(graph, box.current, { renderEdgeLabels: false, labelRenderedSizeThreshold: 6 });
      sigma.on('clickNode', ({ node }) => onActor(Number(node)));
    } catch (err) {
      setFailed((err as Error).message);
    }
    return () => sigma?.kill();
  }, [network]);
  if (network.nodes.length === 0) return <p class="empty">No actor pairs in the matching events.</p>;
  if (failed) return <p class="empty">The network needs WebGL: {failed}</p>;
  return (
    <div>
      <div ref={box} class="network" aria-label={`Actor network: ${network.nodes.length} actors, ${network.edges.length} pairs`} />
      <p class="legend">
        <span class="swatch" style={{ background: scoreColour(-5) }} /> conflict <span class="swatch" style={{ background: scoreColour(0) }} /> neutral{' '}
        <span class="swatch" style={{ background: scoreColour(5) }} /> cooperation · {network.nodes.length} actors, {network.edges.length} pairs
      </p>
    </div>
  );
}
