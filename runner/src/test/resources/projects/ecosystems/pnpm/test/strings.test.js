const assert = require('node:assert');

describe('strings', () => {
  it('joins words', () => {
    assert.strictEqual(['a', 'b'].join(' '), 'a b');
  });
});
