describe('strings', () => {
  it('joins words', () => {
    expect(['a', 'b'].join(' ')).toBe('a b');
  });
});
