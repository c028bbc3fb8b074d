const { add, multiply } = require('../calc');

describe('calc', () => {
  it('adds two numbers', () => {
    expect(add(2, 3)).toBe(5);
  });

  it('multiplies two numbers', () => {
    expect(multiply(3, 4)).toBe(12);
  });
});
