import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        globalSetup: ['test/helpers/bundle-setup.ts'],
        // The CLI and generator tests spawn processes; give them room on a 2-core CI machine.
        testTimeout: 60_000,
        hookTimeout: 60_000
    }
});
