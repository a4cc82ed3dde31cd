import '@testing-library/jest-dom';
import { configure, getConfig } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router 7 needs them; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Pages load lazily (route modules are compiled on first import), which takes seconds on a busy 2-core machine (CI runs the API suites beside these).
configure({ asyncUtilTimeout: 15000 });

// user-event wraps every event it dispatches in act(), those a browser adds on its own too (a
// `change` when a field typed into loses focus). When that focus move happens inside a commit
// act() is flushing (a menu focusing itself as a click opens it), the nested act() closes the
// outer one's queue early and the rest of the commit warns "not wrapped in act(...)" (6 from
// the template editor's merge-tag menu). An event dispatched while another is being handled is
// already inside act(): dispatch it as it is.
const { eventWrapper } = getConfig();
let dispatching = false;
configure({
  eventWrapper: (dispatch) => {
    if (dispatching) return dispatch();
    dispatching = true;
    try {
      return eventWrapper(dispatch);
    } finally {
      dispatching = false;
    }
  },
});
