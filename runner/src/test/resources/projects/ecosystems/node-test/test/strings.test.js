const { describe, it } = require('node:test');
const assert = require('node:assert');

describe('strings', () => {
  it('joins words', () => {
    assert.strictEqual(['a', 'b'].join(' '), 'a b');
  });
});
