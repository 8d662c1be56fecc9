// Generated from schemas/clnrm.schema.json by `npm run docs` (fault-facts.ts, faultFactsSource): do not edit.
// A test fails when this file does not match the committed schema.
export const FAULT_FACTS = {
  "kill_container": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "stop_container": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "restart_container": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "pause_container": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "signal": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "kill_process": {
    "targets": "service",
    "references": {},
    "required": [
      "process"
    ]
  },
  "memory_pressure": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "cpu_throttle": {
    "targets": "service",
    "references": {},
    "required": [
      "cpu_percent"
    ]
  },
  "disk_fill": {
    "targets": "service",
    "references": {},
    "required": [
      "path"
    ]
  },
  "fd_exhaustion": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "exit_code": {
    "targets": "step",
    "references": {},
    "required": [
      "exit_code"
    ]
  },
  "timeout": {
    "targets": "step",
    "references": {},
    "required": []
  },
  "syscall_error": {
    "targets": "service",
    "references": {},
    "required": [
      "errno"
    ]
  },
  "slow_io": {
    "targets": "service",
    "references": {},
    "required": [
      "call_delay_ms"
    ]
  },
  "network_disconnect": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "partition": {
    "targets": "network",
    "references": {
      "groups": "service",
      "isolate": "service"
    },
    "required": []
  },
  "blackhole": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "reject": {
    "targets": "service",
    "references": {},
    "required": []
  },
  "packet_loss": {
    "targets": "service",
    "references": {},
    "required": [
      "percent"
    ]
  },
  "latency": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy",
      "latency_ms"
    ]
  },
  "bandwidth": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy",
      "rate_kbps"
    ]
  },
  "slow_close": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy",
      "delay_close_ms"
    ]
  },
  "proxy_timeout": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy"
    ]
  },
  "reset_peer": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy"
    ]
  },
  "slicer": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy",
      "average_size"
    ]
  },
  "limit_data": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy",
      "bytes"
    ]
  },
  "http_error": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy"
    ]
  },
  "http_slow": {
    "targets": "proxy",
    "references": {
      "proxy": "proxy"
    },
    "required": [
      "proxy"
    ]
  },
  "clock_skew": {
    "targets": "service",
    "references": {},
    "required": [
      "offset_ms"
    ]
  },
  "dns": {
    "targets": "service",
    "references": {
      "to": "service"
    },
    "required": [
      "names"
    ]
  }
};
