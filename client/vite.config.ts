// Vite settings for the explorer: root client/, output client/dist, dev proxy of /api to the server.
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer imports the canvas (Cytoscape and its layouts, most of the code) lazily, so the start view is up before
 * the graph library is evaluated. This lists the canvas chunk (and what it imports) in index.html as modulepreloads:
 * the browser fetches and compiles it alongside the entry instead of after it.
 */
function preloadCanvas(): Plugin {
  return {
    name: 'actorgraph:preload-canvas',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const canvas = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/graph/canvas.ts'));
        if (!canvas) throw new Error('preloadCanvas: no chunk for src/graph/canvas.ts in the bundle');
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        return [canvas.fileName, ...canvas.imports.filter((f) => !entries.has(f))].map(
          (f): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head',
          }),
        );
      },
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [preloadCanvas()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
