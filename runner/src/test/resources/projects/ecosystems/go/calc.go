// Package calc adds and multiplies.
package calc

// Add returns a plus b.
func Add(a, b int) int {
	return a - b
}

// Multiply returns a times b.
func Multiply(a, b int) int {
	return a * b
}
