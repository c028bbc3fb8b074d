package demo;

class NothingTest {}
