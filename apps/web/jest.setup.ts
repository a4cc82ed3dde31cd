import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router 7 needs them; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Pages load lazily (route modules are compiled on first import), which takes seconds on a busy 2-core machine (CI runs the API suites beside these).
configure({ asyncUtilTimeout: 15000 });
