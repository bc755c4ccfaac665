package main

import (
	apiextensions "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// settleControllers gives a stored old object the status the controllers of a
// default cluster write moments after it is created, before any later apply
// can reach it: a CustomResourceDefinition's names are accepted and it is
// established (validation then keeps its scope and kind fixed).
func settleControllers(old runtime.Object) {
	if crd, ok := old.(*apiextensions.CustomResourceDefinition); ok {
		now := metav1.Now()
		for _, condition := range []apiextensions.CustomResourceDefinitionConditionType{apiextensions.NamesAccepted, apiextensions.Established} {
			apiextensions.SetCRDCondition(crd, apiextensions.CustomResourceDefinitionCondition{
				Type:               condition,
				Status:             apiextensions.ConditionTrue,
				LastTransitionTime: now,
			})
		}
	}
}
