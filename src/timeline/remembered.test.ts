import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildTimeline } from './child-timeline.ts';
import { rememberedPerDay, rememberedPerTimeline } from './remembered.ts';

const child = (id: string) => ({ child: id }) as unknown as ChildTimeline;

test('an answer is worked out once per child while the same day is asked about, and afresh for another day', () => {
  const asked: string[] = [];
  const answer = rememberedPerDay((t, day) => {
    asked.push(`${t.child}@${String(day)}`);
    return day % 2 === 0 ? undefined : `${t.child}:${String(day)}`;
  });
  const a = child('A');
  const b = child('B');
  assert.equal(answer(a, 1), 'A:1');
  assert.equal(answer(b, 1), 'B:1');
  assert.equal(answer(a, 1), 'A:1');
  // Undefined is an answer too, remembered like any other.
  assert.equal(answer(a, 2), undefined);
  assert.equal(answer(a, 2), undefined);
  // Back to an earlier day: worked out again, with the same result.
  assert.equal(answer(a, 1), 'A:1');
  assert.deepEqual(asked, ['A@1', 'B@1', 'A@2', 'A@1']);
});

test('a per-timeline answer is worked out once for each timeline, undefined included', () => {
  const asked: string[] = [];
  const answer = rememberedPerTimeline((t) => {
    asked.push(t.child);
    return t.child === 'B' ? undefined : t.child.toLowerCase();
  });
  const a = child('A');
  const b = child('B');
  assert.equal(answer(a), 'a');
  assert.equal(answer(b), undefined);
  assert.equal(answer(a), 'a');
  assert.equal(answer(b), undefined);
  assert.deepEqual(asked, ['A', 'B']);
});
