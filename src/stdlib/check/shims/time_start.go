package time
import realtime "time"
var start = realtime.Now()
