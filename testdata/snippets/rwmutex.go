var mu sync.RWMutex
var balance int
func Balance() int {
	mu.RLock() // readers lock
	defer mu.RUnlock()
	return balance
}
func Deposit(amount int) {
	mu.Lock()
	defer mu.Unlock()
	balance += amount
}
balance = 42
var wg sync.WaitGroup
for i := 0; i < 10; i++ {
	wg.Add(2)
	go func() { defer wg.Done(); Deposit(10) }()
	go func() { defer wg.Done(); _ = Balance() }()
}
wg.Wait()
fmt.Println(Balance())
