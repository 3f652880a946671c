import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_COUNTS, statusText, statusTooltip } from '../../../client/src/status-text';

describe('status bar text', () => {
  it('shows counts by severity, most severe first, leaving out zeros', () => {
    assert.equal(statusText({ ...EMPTY_COUNTS, warning: 2, information: 1 }), '$(checklist) Copydesk: 2 ⚠ 1 ℹ');
    assert.equal(statusText({ error: 1, warning: 0, information: 0, hint: 3 }), '$(checklist) Copydesk: 1 ✖ 3 💡');
  });

  it('shows a tick for a clean article', () => {
    assert.equal(statusText(EMPTY_COUNTS), '$(checklist) Copydesk: ✓');
  });

  it('spells the counts out in the tooltip', () => {
    assert.equal(statusTooltip({ ...EMPTY_COUNTS, warning: 2, information: 1 }), 'Copydesk: 2 warnings, 1 information in this article. Click to check it again.');
    assert.equal(statusTooltip({ ...EMPTY_COUNTS, error: 1 }), 'Copydesk: 1 error in this article. Click to check it again.');
    assert.match(statusTooltip(EMPTY_COUNTS), /no findings/);
  });
});
