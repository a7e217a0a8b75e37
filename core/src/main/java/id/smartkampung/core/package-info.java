/** smartkampung core: the village budget (APBDes). */
package id.smartkampung.core;
