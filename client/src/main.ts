// The only file that touches the page at start-up: mounts the explorer into #app.
const app = document.getElementById('app')!;
const status = document.createElement('p');
status.textContent = 'actorgraph: loading…';
app.append(status);
fetch('/api/health')
  .then((r) => r.json())
  .then((h: { store: { kind: string }; counts: { nodes: number; relationships: number } }) => {
    status.textContent = `actorgraph — ${h.store.kind} store: ${h.counts.nodes} nodes, ${h.counts.relationships} relationships`;
  })
  .catch((e: Error) => {
    status.textContent = `actorgraph: the API did not answer (${e.message})`;
  });
