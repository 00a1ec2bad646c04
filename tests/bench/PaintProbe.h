#pragma once
// For bench_dashboard's cold start (bench_dashboard_window): with QUOTADECK_PAINT_PROBE=1 in the
// environment, the window prints
// "first-paint <ms since the process started>" when it is first painted, and, once the dashboard has answered
// all of its first queries, "dashboard-loaded <ms>" and its memory ("VmHWM <kB>", "VmRSS <kB>" from
// /proc/self/status), then quits. Without the variable it does nothing.

class QWidget;
class Dashboard;

namespace PaintProbe {
void installIfRequested(QWidget* window, Dashboard* dashboard);
}
