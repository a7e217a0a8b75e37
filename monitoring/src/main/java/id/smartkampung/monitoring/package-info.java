/** smartkampung monitoring: physical village projects (e-Monitoring). */
package id.smartkampung.monitoring;
