import { defineConfig } from 'vitest/config';

// The build lands in target/classes/static so that Maven packages it as this module's jar,
// which the server serves from the classpath. No plugin is needed: esbuild compiles TSX itself.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: true,
    // A strict CSP forbids inline scripts and styles, so nothing may be inlined as a data: URL either.
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // TanStack Query marks its modules "use client" for React Server Components; meaningless
        // in a client-only bundle, and Rollup's notice about it (plus its sourcemap echo) is noise.
        const text = String(warning.message);
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || (warning.code === 'SOURCEMAP_ERROR' && /use client|original location/.test(text))) return;
        warn(warning);
      },
    },
  },
  // The vault and the strength estimator run in module workers, emitted as files of their own
  // (worker-src 'self'): never inlined as blob: or data: URLs.
  worker: { format: 'es' },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/actuator': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
