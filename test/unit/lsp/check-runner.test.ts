import assert from 'node:assert/strict';
import * as path from 'path';
import { after, describe, it } from 'node:test';
import { builtInStyle, checkText, type EngineOptions, type HouseStyle } from '../../../rules/src';
import { CheckRunner } from '../../../server/src/check-runner';
import { seededRandom, randomInt } from '../helpers/random';

// The real worker thread (server/src/main.js in the tsc output), with every text sent to it.
const WORKER_SCRIPT = path.resolve(__dirname, '../../../server/src/main.js');
const PARAGRAPH = 'Prices rose 5% in May and 7 percent in June, officials said on Oct. 2nd.\n\n';
const LONG = PARAGRAPH.repeat(400); // ~30k chars: long enough to travel as a delta

function wordStyle(): HouseStyle {
  const style = structuredClone(builtInStyle('ap')!);
  style.figures.percent = 'word';
  return style;
}

describe('CheckRunner with a worker thread', () => {
  const logs: string[] = [];
  const runner = new CheckRunner(WORKER_SCRIPT, (message) => logs.push(message), 0);
  after(() => runner.dispose());

  const check = async (text: string, options: EngineOptions) => {
    const result = await runner.run({ kind: 'check', text, options }).result;
    assert.ok(result, 'not cancelled');
    return result.findings;
  };

  it('finds what the engine finds in-process, edit after edit (texts travel as deltas)', async () => {
    const random = seededRandom(7);
    const options = { houseStyle: builtInStyle('ap')! };
    let text = LONG;
    for (let i = 0; i < 12; i++) {
      const at = randomInt(random, text.length);
      const cut = i % 3 === 2 ? randomInt(random, 50) : 0;
      const insert = ['x', ' 9%', '\n\n', '😀', 'said on Oct. 3rd', '\r\n'][i % 6];
      text = text.slice(0, at) + insert + text.slice(at + cut);
      assert.deepEqual(await check(text, options), checkText(text, options).findings, `edit ${i}`);
    }
    // Another text entirely, then the first again.
    assert.deepEqual(await check(PARAGRAPH, options), checkText(PARAGRAPH, options).findings);
    assert.deepEqual(await check(text, options), checkText(text, options).findings);
    assert.deepEqual(logs, []);
  });

  it('checks each job with its own house style, across more styles than the worker keeps', async () => {
    const ap = { houseStyle: builtInStyle('ap')! };
    const styles = Array.from({ length: 10 }, () => ({ houseStyle: wordStyle() }));
    const apFindings = checkText(PARAGRAPH, ap).findings.map((f) => PARAGRAPH.slice(f.start, f.end));
    const wordFindings = checkText(PARAGRAPH, styles[0]).findings.map((f) => PARAGRAPH.slice(f.start, f.end));
    assert.ok(apFindings.includes('7 percent') && wordFindings.includes('5%'), 'the two styles disagree on this text');
    for (const options of [ap, ...styles, ap, styles[9], styles[0], ap]) {
      const found = (await check(PARAGRAPH, options)).map((f) => PARAGRAPH.slice(f.start, f.end));
      assert.deepEqual(found, options === ap ? apFindings : wordFindings);
    }
  });

  it('drops a cancelled check and answers the next one, with the same worker', async () => {
    const options = { houseStyle: builtInStyle('ap')! };
    const first = runner.run({ kind: 'check', text: LONG + 'first', options });
    const second = runner.run({ kind: 'check', text: LONG + 'second', options });
    first.cancel();
    const third = runner.run({ kind: 'check', text: LONG + 'third', options });
    second.cancel(); // still queued: never runs
    assert.equal(await first.result, undefined);
    assert.equal(await second.result, undefined);
    const result = await third.result;
    assert.deepEqual(result?.findings, checkText(LONG + 'third', options).findings);
    assert.equal(runner.workersStarted, 1);
  });

  it('fails a job it cannot send, and goes on with the next', async () => {
    const style = wordStyle();
    const unsendable = { houseStyle: style, rules: { 'figures/percent': () => 'warning' } } as unknown as EngineOptions;
    await assert.rejects(runner.run({ kind: 'check', text: LONG + 'x', options: unsendable }).result, /clone/i);
    const options = { houseStyle: style };
    assert.deepEqual(await check(LONG + 'y', options), checkText(LONG + 'y', options).findings);
  });
});

describe('CheckRunner without a worker script', () => {
  it('checks in-process', async () => {
    const runner = new CheckRunner(undefined, () => undefined, 0);
    const result = await runner.run({ kind: 'check', text: PARAGRAPH, options: {} }).result;
    assert.deepEqual(result?.findings, checkText(PARAGRAPH, {}).findings);
    assert.equal(runner.workersStarted, 0);
  });

  it('refuses a text only the worker could hold, with a message, and goes on serving', async () => {
    // The main thread's heap is capped (launch.ts): 2 million characters is the limit in-process.
    const runner = new CheckRunner(undefined, () => undefined, 0);
    const huge = PARAGRAPH.repeat(Math.ceil(2_000_001 / PARAGRAPH.length));
    await assert.rejects(runner.run({ kind: 'check', text: huge, options: {} }).result, /too long to check without Copydesk's check worker/);
    const result = await runner.run({ kind: 'check', text: PARAGRAPH, options: {} }).result;
    assert.deepEqual(result?.findings, checkText(PARAGRAPH, {}).findings);
  });
});
