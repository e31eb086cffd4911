import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildTimeline } from './child-timeline.ts';
import { NOTHING_REMEMBERED, rememberedPerDay, rememberedPerTimeline } from './remembered.ts';

const child = (id: string) => ({ child: id, remembered: NOTHING_REMEMBERED }) as unknown as ChildTimeline;

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

test('answers of several remembered functions sit side by side on one timeline', () => {
  let worked = 0;
  const perTimeline = rememberedPerTimeline((t) => `${t.child}!${String((worked += 1))}`);
  const perDay = rememberedPerDay((t, day) => `${t.child}@${String(day)}#${String((worked += 1))}`);
  const another = rememberedPerDay((t, day) => day * 10);
  const a = child('A');
  assert.equal(perDay(a, 3), 'A@3#1');
  assert.equal(perTimeline(a), 'A!2');
  assert.equal(another(a, 4), 40);
  assert.equal(perDay(a, 3), 'A@3#1');
  assert.equal(another(a, 4), 40);
  assert.equal(perTimeline(a), 'A!2');
  assert.equal(child('B').remembered.length, 0, 'a timeline asked nothing keeps the shared empty list');
  // A function wrapped after the timeline has its list: the list grows, keeping the answers already in it.
  let later = 0;
  const wrappedLater = rememberedPerTimeline(() => (later += 1));
  assert.equal(wrappedLater(a), 1);
  assert.equal(wrappedLater(a), 1);
  assert.equal(perDay(a, 3), 'A@3#1');
  assert.equal(perTimeline(a), 'A!2');
  assert.equal(worked, 2);
});

test('a remembered function may ask itself about another day of the same child', () => {
  const earlier: (t: ChildTimeline, day: number) => number = rememberedPerDay((t, day) => (day <= 0 ? 0 : 1 + earlier(t, day - 1)));
  const a = child('A');
  assert.equal(earlier(a, 3), 3);
  assert.equal(earlier(a, 3), 3);
  assert.equal(earlier(a, 1), 1);
});
