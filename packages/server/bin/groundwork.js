#!/usr/bin/env node
import { register } from 'tsx/esm/api';

// The server is TypeScript run as it is written, so there is no build step to forget.
register();
await import('../src/cli/main.ts');
