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
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/actuator': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
