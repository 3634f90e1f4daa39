import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reachOf, reportWindow } from '../../src/store/event-window.js';

const undated = { earliest: null, latest: null };

test('a report is dated by its times, else around publication by its status', () => {
  assert.deepEqual(reportWindow({ earliest: '2024-03-11', latest: '2024-03-17' }, 'occurred', '2024-03-20'), { start: '2024-03-11', end: '2024-03-17' });
  assert.deepEqual(reportWindow(undated, 'occurred', '2024-03-20'), { start: '2024-03-13', end: '2024-03-20' });
  assert.deepEqual(reportWindow(undated, 'planned', '2024-03-20'), { start: '2024-03-20', end: '2024-06-18' });
  assert.deepEqual(reportWindow({ earliest: null, latest: '2024-08-21' }, 'occurred', '2024-10-21'), { start: '2024-07-22', end: '2024-08-21' });
  assert.equal(reportWindow(undated, 'occurred', null), null);
});

test('a plan lies ahead of its report, and stays reachable after its date', () => {
  const spring = { earliest: '2024-03-01', latest: '2024-05-31' };
  assert.deepEqual(reportWindow(spring, 'planned', '2024-04-10'), { start: '2024-04-10', end: '2024-05-31' });
  assert.equal(reportWindow({ earliest: '2024-03-01', latest: '2024-03-07' }, 'planned', '2024-04-10'), null);
  assert.deepEqual(reachOf({ start: '2024-04-10', end: '2024-05-31' }, 'planned'), { start: '2024-04-10', end: '2024-07-30' });
  assert.deepEqual(reachOf({ start: '2024-04-10', end: '2024-05-31' }, 'occurred'), { start: '2024-04-10', end: '2024-05-31' });
});
