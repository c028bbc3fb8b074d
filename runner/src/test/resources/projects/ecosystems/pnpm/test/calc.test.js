const assert = require('node:assert');
const { add, multiply } = require('../calc');

describe('calc', () => {
  it('adds two numbers', () => {
    assert.strictEqual(add(2, 3), 5);
  });

  it('multiplies two numbers', () => {
    assert.strictEqual(multiply(3, 4), 12);
  });
});
