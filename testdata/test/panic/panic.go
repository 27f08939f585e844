package panic
